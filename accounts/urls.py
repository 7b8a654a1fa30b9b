from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.show_my_pathway, name="my_pathway"),
    path("profile/", views.show_profile, name="profile"),
    path("profile/edit/", views.edit_profile, name="edit_profile"),
    path("data.json", views.download_my_data, name="download_data"),
    path("delete/", views.delete_account, name="delete_account"),
]
