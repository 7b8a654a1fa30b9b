"""Which reader a framework file needs, by its name: our own format, CASE 1.1 JSON, or CSV."""

from typing import Any

from pathways.framework_file import decode_framework_file, validate_framework_data


def read_framework_file(raw: bytes, *, filename: str) -> dict[str, Any]:
    if filename.endswith(".case.json"):
        from pathways.exports.case import case_package_to_data

        data = case_package_to_data(decode_framework_file(raw, filename=filename))
    elif filename.endswith(".csv"):
        from pathways.exports.csv import csv_to_data

        data = csv_to_data(raw, filename=filename)
    else:
        data = decode_framework_file(raw, filename=filename)
    validate_framework_data(data)
    return data
