"""The curated catalogue of practice-educator training, mapped to the framework.

Catalogue content (Provider, Resource) is curated in admin; a person's own records (bookmarks,
completions, ratings) and public suggestions are kept apart from it, so curators never see more
about people than the moderation queue needs.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from accounts.choices import Region as NHSEnglandRegion
from pathways.models import Capability, Domain, Level, Profession


class Provider(models.Model):
    staff_curated = True

    class Kind(models.TextChoices):
        NHS = "nhs", "NHS"
        UNIVERSITY = "university", "University"
        PROFESSIONAL_BODY = "professional_body", "Professional body"
        CHARITY = "charity", "Charity"
        COMMERCIAL = "commercial", "Commercial"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    website = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# Training is national or belongs to one of NHS England's seven regions (the same list profiles use).
Region = models.TextChoices(
    "Region",
    [("NATIONAL", ("national", "National (England)"))]
    + [(region.name, (region.value, region.label)) for region in NHSEnglandRegion],
)


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Resource.Status.PUBLISHED)

    def review_due(self, *, on):
        return self.exclude(status=Resource.Status.ARCHIVED).filter(review_due__lte=on)


class Resource(models.Model):
    staff_curated = True

    class Format(models.TextChoices):
        E_LEARNING = "e_learning", "E-learning"
        COURSE = "course", "Course"
        WORKSHOP = "workshop", "Workshop"
        WEBINAR = "webinar", "Webinar"
        READING = "reading", "Reading"
        VIDEO_OR_PODCAST = "video_or_podcast", "Video or podcast"
        TOOLKIT = "toolkit", "Toolkit"
        ACCREDITED_PROGRAMME = "accredited_programme", "Accredited programme"
        COMMUNITY_OF_PRACTICE = "community_of_practice", "Community of practice"
        CONFERENCE = "conference", "Conference"

    class Delivery(models.TextChoices):
        ONLINE_SELF_PACED = "online_self_paced", "Online, self-paced"
        ONLINE_LIVE = "online_live", "Online, live"
        FACE_TO_FACE = "face_to_face", "Face to face"
        BLENDED = "blended", "Blended"

    class Cost(models.TextChoices):
        FREE = "free", "Free"
        PAID = "paid", "Paid"
        EMPLOYER_FUNDED = "employer_funded", "Employer-funded"

    class Access(models.TextChoices):
        OPEN = "open", "Open to all"
        NHS_LOGIN = "nhs_login", "NHS login needed"
        MEMBERS_ONLY = "members_only", "Members only"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=250)
    slug = models.SlugField(max_length=140, unique=True)
    summary = models.TextField(help_text="In our own words: what a practice educator gets from it.")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="resources")
    url = models.URLField("web address", max_length=500)
    format = models.CharField(max_length=30, choices=Format.choices)
    delivery = models.CharField(max_length=30, choices=Delivery.choices)
    cost = models.CharField(max_length=20, choices=Cost.choices)
    price = models.CharField(max_length=120, blank=True, help_text="When paid, the price as text.")
    duration_hours = models.DecimalField(max_digits=6, decimal_places=1, null=True, blank=True)
    levels = models.ManyToManyField(Level, related_name="resources", blank=True)
    domains = models.ManyToManyField(Domain, related_name="resources", blank=True)
    capabilities = models.ManyToManyField(Capability, related_name="resources", blank=True)
    professions = models.ManyToManyField(
        Profession,
        related_name="resources",
        blank=True,
        help_text="Leave empty when it is for all professions.",
    )
    region = models.CharField(max_length=40, choices=Region.choices, default=Region.NATIONAL)
    cpd_hours = models.DecimalField("CPD hours", max_digits=6, decimal_places=1, null=True, blank=True)
    academic_credits = models.PositiveSmallIntegerField(null=True, blank=True)
    leads_to_accreditation = models.BooleanField(default=False)
    access = models.CharField(max_length=20, choices=Access.choices, default=Access.OPEN)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    review_due = models.DateField(null=True, blank=True)
    last_link_check = models.DateTimeField(null=True, blank=True)
    last_link_result = models.CharField(max_length=200, blank=True)
    last_link_ok = models.BooleanField(null=True, blank=True)
    is_demo = models.BooleanField("demo content", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[levels, domains, capabilities, professions])

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["status", "title"]), models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("resources:detail", kwargs={"slug": self.slug})


class ResourceVisitCount(models.Model):
    """How often "Go to resource" was followed, per resource per day. No personal data at all."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="visit_counts")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["resource", "day"], name="one_visit_count_per_day")]
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.resource} on {self.day}: {self.count}"


class Bookmark(models.Model):
    """A resource on someone's "My learning list"."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarks")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="bookmarks")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "resource"], name="one_bookmark_per_resource")]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} bookmarked {self.resource}"


class Completion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="completions")
    completed_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "resource"], name="one_completion_per_resource")
        ]
        ordering = ["-completed_on"]

    def __str__(self) -> str:
        return f"{self.user} completed {self.resource}"


class Rating(models.Model):
    """How useful someone found a resource, 1 to 5; one each, changeable."""

    # The average shows on the resource's public page (pathways/content_version.py).
    shown_on_public_pages = True

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ratings")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="ratings")
    score = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(blank=True, max_length=2000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "resource"], name="one_rating_per_resource"),
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            ),
        ]
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"{self.score}/5 for {self.resource}"


class Suggestion(models.Model):
    """A missing resource, suggested by the public; waits in a moderation queue in admin."""

    staff_curated = True
    shown_on_public_pages = False  # no page shows it: a suggestion must not empty every kept page

    class Status(models.TextChoices):
        NEW = "new", "New"
        ADDED = "added", "Added to the catalogue"
        DECLINED = "declined", "Declined"

    title = models.CharField(max_length=250)
    url = models.URLField("web address", max_length=500)
    provider_name = models.CharField("provider", max_length=200, blank=True)
    reason = models.TextField("why it helps practice educators", max_length=2000, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestions", null=True, blank=True
    )
    email = models.EmailField("e-mail address", blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title
