from django.urls import path

from pathways.exports import views as export_views
from pathways.views import browse, pathway_map, stories

app_name = "pathways"
urlpatterns = [
    # The visual map, "find my starting point", one cell of the map, comparing two levels.
    path("", pathway_map.show_map, name="map"),
    path("cells/<slug:domain_slug>/<slug:level_slug>/", pathway_map.show_cell, name="cell"),
    path("compare/", pathway_map.compare_levels, name="compare"),
    path("next/", pathway_map.show_next_step, name="next"),
    # Reading the framework item by item.
    path("domains/<slug:slug>/", browse.show_domain, name="domain"),
    path("levels/<slug:slug>/", browse.show_level, name="level"),
    path("capabilities/<str:code>/", browse.show_capability, name="capability"),
    path("examples/", browse.list_examples, name="examples"),
    # Before examples/<slug>/, which would otherwise take "share" for a story's address.
    path("examples/share/", stories.share_story, name="share_story"),
    path("examples/share/thank-you/", stories.show_story_received, name="story_received"),
    path("examples/<slug:slug>/", browse.show_example, name="example"),
    path("about/", browse.show_about, name="about"),
    # Open exports.
    path("framework.case.json", export_views.download_case_package, name="case_package"),
    path("framework.csv", export_views.download_csv, name="csv"),
]
