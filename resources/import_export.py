"""CSV and XLSX import and export of the catalogue (django-import-export), keyed by slug, with related
records named by the keys curators already use: provider and professions by slug, levels by slug, domains by
number, capabilities by code. Levels, domains and capabilities are looked up in the published framework.

An unknown key is a row error, never silently dropped; with IMPORT_EXPORT_USE_TRANSACTIONS a file with any
bad row imports nothing.
"""

from import_export import fields, resources, widgets

from pathways.models import Capability, Domain, Framework, Level, Profession
from resources.models import Provider, Resource


class StrictManyToManyWidget(widgets.ManyToManyWidget):
    """Like ManyToManyWidget, but refuses keys that match nothing, and looks up framework content in the
    published framework only (level slugs and domain numbers repeat across framework versions)."""

    def __init__(self, model, field, *, framework_path: str | None = None, **kwargs):
        super().__init__(model, separator=",", field=field, **kwargs)
        self.framework_path = framework_path

    def _queryset(self):
        queryset = self.model.objects.all()
        if self.framework_path:
            queryset = queryset.filter(**{f"{self.framework_path}__status": Framework.Status.PUBLISHED})
        return queryset

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return self.model.objects.none()
        keys = (
            [str(int(value))]
            if isinstance(value, (int, float))
            else [key.strip() for key in str(value).split(self.separator) if key.strip()]
        )
        found = self._queryset().filter(**{f"{self.field}__in": keys})
        known = {str(getattr(item, self.field)) for item in found}
        unknown = [key for key in keys if key not in known]
        if unknown:
            raise ValueError(f"No {self.model._meta.verbose_name} with {self.field} {', '.join(unknown)}")
        return found


class ResourceResource(resources.ModelResource):
    provider = fields.Field(
        attribute="provider", column_name="provider", widget=widgets.ForeignKeyWidget(Provider, field="slug")
    )
    levels = fields.Field(
        attribute="levels",
        column_name="levels",
        widget=StrictManyToManyWidget(Level, field="slug", framework_path="framework"),
    )
    domains = fields.Field(
        attribute="domains",
        column_name="domains",
        widget=StrictManyToManyWidget(Domain, field="number", framework_path="framework"),
    )
    capabilities = fields.Field(
        attribute="capabilities",
        column_name="capabilities",
        widget=StrictManyToManyWidget(Capability, field="code", framework_path="domain__framework"),
    )
    professions = fields.Field(
        attribute="professions",
        column_name="professions",
        widget=StrictManyToManyWidget(Profession, field="slug"),
    )

    class Meta:
        model = Resource
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "title",
            "summary",
            "provider",
            "url",
            "format",
            "delivery",
            "cost",
            "price",
            "duration_hours",
            "levels",
            "domains",
            "capabilities",
            "professions",
            "region",
            "cpd_hours",
            "academic_credits",
            "leads_to_accreditation",
            "access",
            "status",
            "review_due",
            "is_demo",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True  # full_clean(): choices, URLs and lengths are checked per row
        use_transactions = True


class ProviderResource(resources.ModelResource):
    class Meta:
        model = Provider
        import_id_fields = ["slug"]
        fields = ["slug", "name", "kind", "website"]
        clean_model_instances = True
        use_transactions = True
