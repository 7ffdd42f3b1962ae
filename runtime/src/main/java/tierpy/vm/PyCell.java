package tierpy.vm;

import tierpy.objects.PyObject;

/** Mirrors Objects/cellobject.c: a cell holding a variable shared with nested functions; null when empty. */
public final class PyCell extends PyObject {
    public Object ref;

    public PyCell(Object ref) {
        super(VmTypes.CELL);
        this.ref = ref;
    }
}
