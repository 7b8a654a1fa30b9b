"""The two staff groups and what they may do.

The groups themselves are created by a data migration (0002). Their permissions are granted after every
migrate, because the models they cover arrive with later apps and later migrations. GROUP_PERMISSIONS
names, per group, the apps it works in; within those apps, a model is covered when its class says
`staff_curated = True`, so a new curated model is covered by that one line, not by a new migration.
"""

from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission

CURATORS = "Curators"
EVALUATORS = "Evaluators"

ALL_ACTIONS = ("add", "change", "delete", "view")
# Group -> {app label: actions}, applied to the models of that app marked `staff_curated = True`.
# Models holding a person's own data (assessments, plans, bookmarks) are never marked, so no group can
# read them through admin.
GROUP_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    CURATORS: {"pathways": ALL_ACTIONS, "resources": ALL_ACTIONS},
    EVALUATORS: {"evaluation": ALL_ACTIONS},
}


def curated_model_names(app_label: str) -> tuple[str, ...]:
    """Models an app marks with `staff_curated = True` on the model class."""
    try:
        app_config = global_apps.get_app_config(app_label)
    except LookupError:
        return ()
    return tuple(
        model._meta.model_name for model in app_config.get_models() if getattr(model, "staff_curated", False)
    )


def grant_group_permissions(sender=None, **kwargs) -> None:
    for group_name, by_app in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, actions in by_app.items():
            model_names = curated_model_names(app_label)
            codenames = [f"{action}_{model}" for model in model_names for action in actions]
            if codenames:
                permissions = Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
                group.permissions.add(*permissions)


def sync_staff_flag(sender, instance, action, **kwargs) -> None:
    """Curators work in Django admin, which needs is_staff; joining or leaving the group sets it."""
    from accounts.models import User

    if action not in {"post_add", "post_remove", "post_clear"} or not isinstance(instance, User):
        return
    should_be_staff = instance.is_superuser or instance.groups.filter(name=CURATORS).exists()
    if instance.is_staff != should_be_staff:
        instance.is_staff = should_be_staff
        instance.save(update_fields=["is_staff"])
