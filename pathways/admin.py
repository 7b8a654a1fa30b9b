"""Curating the framework in admin. Every model keeps its editorial history (django-simple-history), and
each page that has a public counterpart offers "View on site" to preview it."""

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from pathways.models import (
    Capability,
    Domain,
    EducatorRole,
    Framework,
    Level,
    LivedExample,
    Profession,
    StepForDevelopment,
    StorySubmission,
)


class PreviewLinkMixin:
    """A "View on site" link in each row of the list, for models with a public page."""

    @admin.display(description="preview")
    def view_on_site_link(self, obj) -> str:
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">View on site</a>', obj.get_absolute_url()
        )


@admin.register(Framework)
class FrameworkAdmin(PreviewLinkMixin, SimpleHistoryAdmin):
    list_display = ["name", "version", "publisher", "status", "updated_at", "view_on_site_link"]
    list_filter = ["status"]
    search_fields = ["name", "version", "publisher"]
    ordering = ["name", "version"]
    readonly_fields = ["uuid", "updated_at"]


@admin.register(Level)
class LevelAdmin(PreviewLinkMixin, SimpleHistoryAdmin):
    list_display = [
        "position",
        "name",
        "slug",
        "before_registration",
        "framework",
        "provenance",
        "view_on_site_link",
    ]
    list_display_links = ["name"]
    list_filter = ["framework", "provenance"]
    list_select_related = ["framework"]
    search_fields = ["name", "slug", "summary"]
    ordering = ["framework", "position"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["uuid", "updated_at"]


class StepForDevelopmentInline(admin.TabularInline):
    model = StepForDevelopment
    extra = 0
    fields = ["position", "text", "level", "provenance"]
    ordering = ["position"]


@admin.register(Domain)
class DomainAdmin(PreviewLinkMixin, SimpleHistoryAdmin):
    list_display = ["number", "name", "slug", "provisional", "framework", "provenance", "view_on_site_link"]
    list_display_links = ["name"]
    list_filter = ["framework", "provisional", "provenance"]
    list_select_related = ["framework"]
    search_fields = ["name", "slug", "focus"]
    ordering = ["framework", "number"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["uuid", "updated_at"]
    inlines = [StepForDevelopmentInline]


@admin.register(Capability)
class CapabilityAdmin(PreviewLinkMixin, SimpleHistoryAdmin):
    list_display = [
        "code",
        "short_statement",
        "domain",
        "level",
        "provenance",
        "updated_at",
        "view_on_site_link",
    ]
    list_filter = ["domain", "level", "provenance"]
    list_select_related = ["domain", "level"]
    search_fields = ["code", "statement"]
    ordering = ["domain__number", "level__position", "position"]
    autocomplete_fields = ["domain", "level"]
    readonly_fields = ["uuid", "updated_at"]

    @admin.display(description="statement")
    def short_statement(self, capability: Capability) -> str:
        return capability.statement[:100]


@admin.register(StepForDevelopment)
class StepForDevelopmentAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "domain", "level", "position", "provenance"]
    list_filter = ["domain", "level", "provenance"]
    list_select_related = ["domain", "level"]
    search_fields = ["text"]
    ordering = ["domain__number", "position"]
    autocomplete_fields = ["domain", "level"]
    readonly_fields = ["uuid", "updated_at"]

    @admin.display(description="text")
    def short_text(self, step: StepForDevelopment) -> str:
        return step.text[:100]


@admin.register(EducatorRole)
class EducatorRoleAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "involves_supervising",
        "involves_signing_off",
        "involves_leading_education",
        "involves_academic_post",
        "framework",
        "provenance",
    ]
    list_filter = ["framework", "levels", "provenance"]
    list_select_related = ["framework"]
    search_fields = ["name", "slug", "description"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["levels", "professions"]
    readonly_fields = ["uuid", "updated_at"]


@admin.register(Profession)
class ProfessionAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "regulator", "provenance"]
    list_filter = ["regulator", "provenance"]
    search_fields = ["name", "slug", "regulator"]
    ordering = ["name"]
    readonly_fields = ["uuid", "updated_at"]


@admin.register(LivedExample)
class LivedExampleAdmin(PreviewLinkMixin, SimpleHistoryAdmin):
    list_display = ["title", "person", "profession", "level", "setting", "illustrative", "view_on_site_link"]
    list_filter = ["setting", "profession", "level", "domains", "illustrative"]
    list_select_related = ["profession", "level"]
    search_fields = ["title", "person", "slug", "pull_quote"]
    ordering = ["level__position", "title"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["profession", "level", "capabilities"]
    filter_horizontal = ["domains"]
    readonly_fields = ["uuid", "updated_at"]


@admin.register(StorySubmission)
class StorySubmissionAdmin(admin.ModelAdmin):
    """The moderation queue for "Share your story". Stories come from the public: shown as text, never
    HTML, and never changed here; a curator publishes one by writing a lived example from it."""

    list_display = ["title", "profession", "level", "status", "created_at"]
    list_filter = ["status", "profession", "level"]
    list_select_related = ["profession", "level"]
    search_fields = ["title", "story", "name_to_show"]
    fields = [
        "title",
        "story",
        "profession",
        "level",
        "domain",
        "name_to_show",
        "email",
        "user",
        "consent_given_at",
        "status",
        "created_at",
    ]
    readonly_fields = [name for name in fields if name != "status"]
    actions = ["mark_published", "decline"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # stories arrive through the public form only

    @admin.action(description="Mark as published (a lived example was written from it)")
    def mark_published(self, request: HttpRequest, queryset) -> None:
        queryset.update(status=StorySubmission.Status.PUBLISHED)

    @admin.action(description="Decline")
    def decline(self, request: HttpRequest, queryset) -> None:
        queryset.update(status=StorySubmission.Status.DECLINED)
