"""Curating the catalogue in admin (the Curators group): resources with editorial history, bulk publish /
archive / mark reviewed, a "Review due" filter, CSV and XLSX import and export; providers; and the moderation
queue for public suggestions. A person's own records (bookmarks, completions, ratings) are not registered:
curators never see them."""

import datetime

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import CSV, XLSX
from simple_history.admin import SimpleHistoryAdmin

from resources.import_export import ProviderResource, ResourceResource
from resources.models import Provider, Resource, Suggestion

REVIEW_INTERVAL = datetime.timedelta(days=365)
REVIEW_SOON = datetime.timedelta(days=30)


class ReviewDueFilter(admin.SimpleListFilter):
    title = "review due"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("now", "Due now"), ("soon", "Due within 30 days")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "now":
            return queryset.review_due(on=today)
        if self.value() == "soon":
            return queryset.review_due(on=today + REVIEW_SOON)
        return queryset


@admin.register(Provider)
class ProviderAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [ProviderResource]
    formats = [CSV, XLSX]
    list_display = ["name", "slug", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Resource)
class ResourceAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [ResourceResource]
    formats = [CSV, XLSX]
    list_display = ["title", "provider", "status", "format", "review_due", "last_link_ok"]
    list_filter = [
        "status",
        ReviewDueFilter,
        "format",
        "delivery",
        "cost",
        "region",
        "provider",
        "domains",
        "levels",
        "is_demo",
        "last_link_ok",
    ]
    list_select_related = ["provider"]
    search_fields = ["title", "slug", "summary", "provider__name", "url"]
    filter_horizontal = ["levels", "domains", "capabilities", "professions"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["last_link_check", "last_link_ok", "last_link_result", "created_at", "updated_at"]
    actions = ["publish", "archive", "mark_reviewed"]

    @admin.action(description="Publish selected resources", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Resource.Status.PUBLISHED, "published")

    @admin.action(description="Archive selected resources", permissions=["change"])
    def archive(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Resource.Status.ARCHIVED, "archived")

    @admin.action(
        description="Mark selected resources as reviewed (next review in a year)", permissions=["change"]
    )
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet) -> None:
        next_review = timezone.localdate() + REVIEW_INTERVAL
        count = 0
        # Save each one (not queryset.update) so the editorial history records who reviewed what.
        for resource in queryset:
            resource.review_due = next_review
            resource.save(update_fields=["review_due", "updated_at"])
            count += 1
        self.message_user(
            request,
            ngettext("%d resource marked as reviewed", "%d resources marked as reviewed", count) % count,
            messages.SUCCESS,
        )

    def _set_status(self, request: HttpRequest, queryset: QuerySet, status: str, verb: str) -> None:
        count = 0
        for resource in queryset.exclude(status=status):
            resource.status = status
            resource.save(update_fields=["status", "updated_at"])
            count += 1
        self.message_user(
            request, ngettext("%d resource %s", "%d resources %s", count) % (count, verb), messages.SUCCESS
        )


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    """The moderation queue. Suggestions come from the public: everything is shown as text, never HTML."""

    list_display = ["title", "url", "provider_name", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "url", "provider_name", "reason"]
    readonly_fields = ["title", "url", "provider_name", "reason", "user", "email", "created_at"]
    fields = ["title", "url", "provider_name", "reason", "email", "user", "status", "created_at"]
    actions = ["mark_added", "decline"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # suggestions arrive through the public form only

    @admin.action(description="Mark as added", permissions=["change"])
    def mark_added(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(status=Suggestion.Status.ADDED)
        self.message_user(
            request,
            ngettext("%d suggestion marked as added", "%d suggestions marked as added", count) % count,
        )

    @admin.action(description="Decline", permissions=["change"])
    def decline(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(status=Suggestion.Status.DECLINED)
        self.message_user(
            request, ngettext("%d suggestion declined", "%d suggestions declined", count) % count
        )
