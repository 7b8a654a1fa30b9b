"""The framework as a 1EdTech CASE 1.1 package (CFPackage), and such a package read back as our format.

How our data maps onto CASE, so that a package we write reads back without loss:
- CFDocument: identifier = framework UUID; title = name; creator and publisher = publisher;
  officialSourceURL = source; description = summary; notes = licence (free text: CASE's licenseURI must
  point at a CFLicense object, which we do not publish, so it is left out); adoptionStatus is "Adopted"
  for the published framework and "Draft" otherwise (read back the same way).
- CFItems, one per domain, level and capability, identifier = its UUID, uri = its page on this service.
  CFItemType is "Domain", "Level" or "Capability"; humanCodingScheme is "D2", "L3" or "D2.L3.1", and the
  domain number and level position are read back from it. Domains and levels: fullStatement = name,
  notes = focus or summary. Capabilities: fullStatement = statement. Our slug travels in
  alternativeLabel (CASE's field for another name of the item); listEnumeration holds the number,
  position, or place within its cell, and orders the items when read back.
- Fields CASE has no place for (provenance, provisional, typical roles, examples) travel in the item's
  `extensions` object, which CASE 1.1 allows on every object and other tools ignore.
- CFAssociations: every domain and level `isChildOf` the document; every capability `isChildOf` its
  domain and `hasSkillLevel` its level. hasSkillLevel is the CASE 1.1 association type whose meaning is
  exactly ours ("the origin has the skill level of the destination"); isPartOf or precedes would say
  something else. Association identifiers are UUID5s of (origin, type, destination), so two exports of
  the same framework are identical.
"""

from pathways.exports.case.reader import case_package_to_data
from pathways.exports.case.writer import framework_to_case_package

__all__ = ["case_package_to_data", "framework_to_case_package"]
