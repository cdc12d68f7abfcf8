"""Build the POST data an admin change form would send, from the form Django rendered."""

from django import forms
from django.db.models.fields.files import FieldFile


def _put(data, name, value, widget):
    if value is None:
        return
    if isinstance(widget, forms.MultiWidget):
        for index, part in enumerate(widget.decompress(value)):
            _put(data, f"{name}_{index}", part, widget.widgets[index])
    elif isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
    elif isinstance(value, list | tuple):
        data[name] = [str(v.pk if hasattr(v, "pk") else v) for v in value]
    elif isinstance(value, FieldFile):  # a stored file (or none): the form keeps it when nothing is uploaded
        return
    else:
        data[name] = value


def form_data(response):
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        bound = form[name]
        _put(data, bound.html_name, bound.value(), bound.field.widget)
    for inline in response.context.get("inline_admin_formsets", []):  # a past version's page has none
        formset = inline.formset
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
        for sub in formset.forms:
            for name in sub.fields:
                bound = sub[name]
                _put(data, bound.html_name, bound.value(), bound.field.widget)
    return data
