"""The AHP Educator Career Framework as curated data.

A Framework has ordered Levels (career stages) and numbered Domains; a Capability sits in one domain at
one level. Every item carries a persistent UUID, used by imports, exports (CASE, CSV) and links from
other apps, so renaming a slug or a code never breaks an identity. Content is loaded from a file by
`manage.py import_framework` (pathways/framework_import.py) and curated in admin.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


class Provenance(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed fact"
    WORKING_TITLE = "working_title", "Working title"
    ILLUSTRATIVE = "illustrative", "Illustrative"


class FrameworkQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Framework.Status.PUBLISHED)


class Framework(models.Model):
    staff_curated = True

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    version = models.CharField(max_length=50)
    publisher = models.CharField(max_length=300)
    source = models.URLField(blank=True)
    licence = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = FrameworkQuerySet.as_manager()

    class Meta:
        ordering = ["name", "version"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=models.Q(status="published"), name="only_one_published_framework"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.version})"

    def get_absolute_url(self) -> str:
        return reverse("pathways:about")


class Level(models.Model):
    staff_curated = True

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="levels")
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    position = models.PositiveSmallIntegerField(
        help_text="Order on the pathway: 1 is the first career stage."
    )
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    typical_roles = models.JSONField(default=list, blank=True, help_text="A list of role titles.")
    before_registration = models.BooleanField(
        default=False,
        help_text="For people still studying to join a profession. "
        "The starting point never suggests this level to a registered practitioner.",
    )
    provenance = models.CharField(max_length=20, choices=Provenance.choices, default=Provenance.ILLUSTRATIVE)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["framework", "position"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "slug"], name="unique_level_slug"),
            models.UniqueConstraint(fields=["framework", "position"], name="unique_level_position"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("pathways:level", kwargs={"slug": self.slug})

    @property
    def short_code(self) -> str:
        return f"L{self.position}"

    @property
    def label(self) -> str:
        """The one name the service shows for a level, everywhere: "Step 3: Practice educator"."""
        return f"Step {self.position}: {self.name}"


class Domain(models.Model):
    staff_curated = True

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="domains")
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    number = models.PositiveSmallIntegerField()
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=200)
    focus = models.TextField(blank=True)
    provisional = models.BooleanField(default=False, help_text="The name is a working title, not confirmed.")
    provenance = models.CharField(max_length=20, choices=Provenance.choices, default=Provenance.ILLUSTRATIVE)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["framework", "number"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "slug"], name="unique_domain_slug"),
            models.UniqueConstraint(fields=["framework", "number"], name="unique_domain_number"),
        ]

    def __str__(self) -> str:
        return f"Domain {self.number}: {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("pathways:domain", kwargs={"slug": self.slug})

    @property
    def short_code(self) -> str:
        return f"D{self.number}"


class CapabilityQuerySet(models.QuerySet):
    def in_framework(self, framework: Framework):
        return self.filter(domain__framework=framework)

    def with_place(self):
        return self.select_related("domain", "level")


class Capability(models.Model):
    staff_curated = True

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(max_length=30, help_text="Stable human code, e.g. D2.L3.1.")
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="capabilities")
    level = models.ForeignKey(Level, on_delete=models.CASCADE, related_name="capabilities")
    position = models.PositiveSmallIntegerField(default=1)
    statement = models.TextField()
    examples = models.JSONField(default=list, blank=True, help_text="What it looks like in practice: a list.")
    provenance = models.CharField(max_length=20, choices=Provenance.choices, default=Provenance.ILLUSTRATIVE)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = CapabilityQuerySet.as_manager()

    class Meta:
        ordering = ["domain__number", "level__position", "position"]
        verbose_name_plural = "capabilities"
        constraints = [models.UniqueConstraint(fields=["domain", "code"], name="unique_capability_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.statement[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("pathways:capability", kwargs={"code": self.code})


class StepForDevelopment(models.Model):
    staff_curated = True

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="steps")
    level = models.ForeignKey(
        Level,
        on_delete=models.CASCADE,
        related_name="steps",
        null=True,
        blank=True,
        help_text="Empty: every level.",
    )
    position = models.PositiveSmallIntegerField(default=1)
    text = models.TextField()
    provenance = models.CharField(max_length=20, choices=Provenance.choices, default=Provenance.ILLUSTRATIVE)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["domain__number", "position"]
        verbose_name = "step for development"
        verbose_name_plural = "steps for development"

    def __str__(self) -> str:
        return self.text[:80]


class EducatorRole(models.Model):
    staff_curated = True

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="roles")
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    levels = models.ManyToManyField(Level, related_name="roles", blank=True)
    # What the role involves, as the starting point asks it (pathways/starting_point.py): someone whose
    # answers include all of a role's activities is doing that role's work.
    involves_supervising = models.BooleanField(
        default=False, help_text="Supervising or assessing learners, on placement or at work."
    )
    involves_signing_off = models.BooleanField(
        default=False,
        help_text="Signing off assessments: the final judgement that a learner meets the standard.",
    )
    involves_leading_education = models.BooleanField(
        default=False, help_text="Leading education for a team, a service or an organisation."
    )
    involves_academic_post = models.BooleanField(default=False, help_text="Holding an academic post.")
    professions = models.ManyToManyField(
        "Profession",
        related_name="roles",
        blank=True,
        help_text="Leave empty when the role is in every profession.",
    )
    provenance = models.CharField(max_length=20, choices=Provenance.choices, default=Provenance.ILLUSTRATIVE)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[levels, professions])

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["framework", "slug"], name="unique_role_slug")]

    def __str__(self) -> str:
        return self.name


class Profession(models.Model):
    """The 14 Allied Health Professions. Slugs match accounts.choices.Profession."""

    staff_curated = True

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    regulator = models.CharField(max_length=200)
    provenance = models.CharField(max_length=20, choices=Provenance.choices, default=Provenance.CONFIRMED)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LivedExample(models.Model):
    staff_curated = True

    class Setting(models.TextChoices):
        PRACTICE = "practice", "Practice"
        ACADEMIC = "academic", "Academic"

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="lived_examples")
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=120)
    title = models.CharField(max_length=200)
    person = models.CharField("first name or pseudonym", max_length=80)
    profession = models.ForeignKey(Profession, on_delete=models.PROTECT, related_name="lived_examples")
    level = models.ForeignKey(Level, on_delete=models.CASCADE, related_name="lived_examples")
    setting = models.CharField(max_length=20, choices=Setting.choices)
    domains = models.ManyToManyField(Domain, related_name="lived_examples", blank=True)
    capabilities = models.ManyToManyField(Capability, related_name="lived_examples", blank=True)
    story = models.JSONField(default=list, help_text="The story as a list of paragraphs.")
    pull_quote = models.CharField(max_length=300, blank=True)
    illustrative = models.BooleanField(default=True, help_text="Written to illustrate; not a real person.")
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[domains, capabilities])

    class Meta:
        ordering = ["level__position", "title"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "slug"], name="unique_lived_example_slug")
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("pathways:example", kwargs={"slug": self.slug})


class StorySubmission(models.Model):
    """A story an educator offers through "Share your story"; waits in a moderation queue in admin.

    Curators moderate it (`staff_curated`), but no page shows it (`shown_on_public_pages = False`), so a
    submission never moves the content version: the public cannot empty every kept page with a form.
    A curator who wants to publish it writes a LivedExample from it, with the consent on record here.
    """

    staff_curated = True
    shown_on_public_pages = False

    class Status(models.TextChoices):
        NEW = "new", "New"
        PUBLISHED = "published", "Published as a lived example"
        DECLINED = "declined", "Declined"

    profession = models.ForeignKey(Profession, on_delete=models.PROTECT, related_name="story_submissions")
    level = models.ForeignKey(Level, on_delete=models.CASCADE, related_name="story_submissions")
    domain = models.ForeignKey(
        Domain, on_delete=models.SET_NULL, related_name="story_submissions", null=True, blank=True
    )
    title = models.CharField("a title for your story", max_length=200)
    story = models.TextField(max_length=5000)
    name_to_show = models.CharField("the name to show", max_length=80, blank=True)
    consent_given_at = models.DateTimeField(help_text="When the person agreed the consent statement.")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="story_submissions",
        null=True,
        blank=True,
    )
    email = models.EmailField("e-mail address", blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title
