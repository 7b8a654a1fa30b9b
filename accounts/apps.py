from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from accounts import personal_data, staff_groups
        from accounts.models import User

        post_migrate.connect(
            staff_groups.grant_group_permissions, dispatch_uid="accounts.grant_group_permissions"
        )
        m2m_changed.connect(
            staff_groups.sync_staff_flag, sender=User.groups.through, dispatch_uid="accounts.sync_staff_flag"
        )
        personal_data.register(
            key="account",
            export=personal_data.export_account,
            erase=None,  # the user row itself goes last, in account_delete
        )
