from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Training resources"

    def ready(self) -> None:
        from accounts import personal_data
        from pathways import panels
        from resources import pathway_panels
        from resources import personal_data as resources_personal_data

        personal_data.register(key="training", export=resources_personal_data.export_training)
        panels.register("domain", pathway_panels.training_for_domain)
        panels.register("level", pathway_panels.training_for_level)
        panels.register("capability", pathway_panels.training_for_capability)
        panels.register("next_step", pathway_panels.training_for_next_step)
        panels.register("cell", pathway_panels.training_for_cell)
