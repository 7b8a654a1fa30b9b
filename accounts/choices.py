"""Fixed lists a profile chooses from. Facts from shared/framework-facts.md.

The 14 professions are NHS England's list of Allied Health Professions; they are a settled fact, so the
profile stores the slug and `accounts` stays independent of the `pathways` app, whose Profession rows
use the same slugs and carry the curated detail (docs/adr/0005-profile-choices-and-personal-data-registry.md).
"""

from django.db import models


class Profession(models.TextChoices):
    ART_THERAPISTS = "art-therapists", "Art therapists"
    DIETITIANS = "dietitians", "Dietitians"
    DRAMATHERAPISTS = "dramatherapists", "Dramatherapists"
    MUSIC_THERAPISTS = "music-therapists", "Music therapists"
    OCCUPATIONAL_THERAPISTS = "occupational-therapists", "Occupational therapists"
    OPERATING_DEPARTMENT_PRACTITIONERS = (
        "operating-department-practitioners",
        "Operating department practitioners",
    )
    ORTHOPTISTS = "orthoptists", "Orthoptists"
    OSTEOPATHS = "osteopaths", "Osteopaths"
    PARAMEDICS = "paramedics", "Paramedics"
    PHYSIOTHERAPISTS = "physiotherapists", "Physiotherapists"
    PODIATRISTS = "podiatrists", "Podiatrists"
    PROSTHETISTS_AND_ORTHOTISTS = "prosthetists-and-orthotists", "Prosthetists and orthotists"
    RADIOGRAPHERS = "radiographers", "Radiographers (diagnostic and therapeutic)"
    SPEECH_AND_LANGUAGE_THERAPISTS = "speech-and-language-therapists", "Speech and language therapists"


class EducatorRole(models.TextChoices):
    """What someone does now as an educator, in the NHS educator workforce strategy's titles."""

    NOT_YET = "not-yet", "Not an educator yet (student or new to supporting learners)"
    WORKPLACE_SUPERVISOR = "workplace-supervisor", "Workplace supervisor"
    PRACTICE_EDUCATOR = "practice-educator", "Practice educator"
    PRACTICE_ASSESSOR = "practice-assessor", "Practice assessor"
    CLINICAL_SUPERVISOR = "clinical-supervisor", "Clinical supervisor"
    EDUCATIONAL_SUPERVISOR = "educational-supervisor", "Educational supervisor"
    PRECEPTORSHIP_LEAD = "preceptorship-lead", "Preceptorship lead"
    PRACTICE_EDUCATION_LEAD = "practice-education-lead", "Practice education lead"
    ACADEMIC_ASSESSOR = "academic-assessor", "Academic assessor"
    UNIVERSITY_FACULTY = "university-faculty", "University lecturer or faculty"
    STRATEGIC_LEAD = "strategic-lead", "Head of education, consultant or professor"


class Region(models.TextChoices):
    """NHS England's seven regions."""

    EAST_OF_ENGLAND = "east-of-england", "East of England"
    LONDON = "london", "London"
    MIDLANDS = "midlands", "Midlands"
    NORTH_EAST_AND_YORKSHIRE = "north-east-and-yorkshire", "North East and Yorkshire"
    NORTH_WEST = "north-west", "North West"
    SOUTH_EAST = "south-east", "South East"
    SOUTH_WEST = "south-west", "South West"
