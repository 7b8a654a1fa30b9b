from django.urls import path

from resources.views import catalogue, learning, suggestions

app_name = "resources"
urlpatterns = [
    # Finding training.
    path("", catalogue.show_catalogue, name="catalogue"),
    path("for/<str:kind>/<str:key>/", catalogue.show_training_for, name="training_for"),
    # A person's own learning.
    path("my-learning-list/", learning.show_learning_list, name="learning_list"),
    # Suggesting what is missing.
    path("suggest/", suggestions.suggest_resource, name="suggest"),
    path("suggest/thank-you/", suggestions.show_suggestion_received, name="suggestion_received"),
    # One resource.
    path("<slug:slug>/", catalogue.show_resource, name="detail"),
    path("<slug:slug>/go", catalogue.go_to_resource, name="go"),
    path("<slug:slug>/bookmark/", learning.toggle_bookmark, name="bookmark"),
    path("<slug:slug>/done/", learning.mark_done, name="done"),
    path("<slug:slug>/rate/", learning.rate_resource, name="rate"),
]
