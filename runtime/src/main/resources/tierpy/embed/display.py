"""Rich output for the tierpy kernel, in the shape of IPython.display."""


class DisplayObject:
    """Data with a MIME type; the frontend renders the richest type it knows."""

    def __init__(self, data=None, metadata=None):
        self.data = data
        self.metadata = metadata

    def __repr__(self):
        return "<" + type(self).__module__ + "." + type(self).__qualname__ + " object>"


class HTML(DisplayObject):
    def _repr_html_(self):
        return self.data


class Markdown(DisplayObject):
    def _repr_markdown_(self):
        return self.data


class Latex(DisplayObject):
    def _repr_latex_(self):
        return self.data


class SVG(DisplayObject):
    def _repr_svg_(self):
        return self.data


class Javascript(DisplayObject):
    def _repr_javascript_(self):
        return self.data


class JSON(DisplayObject):
    def __init__(self, data=None, expanded=False, metadata=None, root="root"):
        super().__init__(data, metadata)
        self.expanded = expanded
        self.root = root

    def _repr_json_(self):
        return self.data, {"expanded": self.expanded, "root": self.root}


class DisplayHandle:
    """A display that later calls can replace in place (update_display_data)."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _new_id()
        self.display_id = display_id

    def __repr__(self):
        return "<DisplayHandle display_id=" + self.display_id + ">"

    def display(self, obj):
        display(obj, display_id=self.display_id)

    def update(self, obj):
        display(obj, display_id=self.display_id, update=True)


def update_display(obj, *, display_id):
    display(obj, display_id=display_id, update=True)


def clear_output(wait=False):
    _clear(wait)
