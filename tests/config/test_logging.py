import json
import logging

from config.logging import JSONFormatter


def test_production_log_lines_are_one_json_object_each():
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Not Found: %s", ("/x",), None)
    line = JSONFormatter().format(record)
    entry = json.loads(line)
    assert "\n" not in line
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "django.request"
    assert entry["message"] == "Not Found: /x"
    assert entry["time"].endswith("+00:00")
