from django.apps import AppConfig


class PathwaysConfig(AppConfig):
    name = "pathways"
    verbose_name = "Pathways"

    def ready(self) -> None:
        from accounts import personal_data
        from pathways import content_version, stories

        content_version.connect_signals()
        personal_data.register(key="stories", export=stories.export_stories)
