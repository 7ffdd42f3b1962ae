package tierpy.vm;

import tierpy.objects.PyObject;

/** Mirrors Objects/classobject.c: PyMethodObject, a function bound to an instance. */
public final class PyMethod extends PyObject {
    public final Object function;
    public final Object self;

    public PyMethod(Object function, Object self) {
        super(VmTypes.METHOD);
        this.function = function;
        this.self = self;
    }
}
