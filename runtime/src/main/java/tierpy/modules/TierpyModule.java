package tierpy.modules;

import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.PyModule;
import tierpy.vm.SpecializationStats;
import tierpy.vm.Specializer;

/**
 * The {@code tierpy} package: tierpy's own switches and figures, in the place of CPython's
 * {@code sys._stats_*} (pystats) and {@code PYTHON_SPECIALIZE}-style knobs. {@code tierpy.display}
 * is its submodule.
 */
@ModuleDef("tierpy")
public final class TierpyModule {
    private TierpyModule() {}

    static void init(PyModule m) {
        m.dict.setItem("__path__", new PyList());
    }

    /** Turns the specializing interpreter on or off; returns the previous setting. */
    @Function
    static Object set_specialization(Object on) {
        boolean previous = Specializer.enabled;
        Specializer.enabled = Abstract.isTrue(on);
        return previous;
    }

    /**
     * Names a class written in Python the way CPython names the C type it stands in for: messages
     * call it by the dotted tp_name (e.g. 'datetime.timedelta'), while __name__ stays short.
     */
    @Function
    static Object static_type_name(Object cls, Object tpName) {
        if (!(cls instanceof PyType type) || !(tpName instanceof String full)) {
            throw Exceptions.typeError("static_type_name() takes a class and a str");
        }
        type.shortName = full.substring(full.lastIndexOf('.') + 1);
        type.name = full;
        return Py.None;
    }

    @Function
    static Object specialization_enabled() {
        return Specializer.enabled;
    }

    /**
     * pystats per family: {family: {"attempts", "success", "failure", "failure_kinds": {kind: n},
     * "hit", "miss", "deopt", "specialized": {name: (hits, misses)}}}.
     */
    @Function
    static Object specialization_stats() {
        PyDict out = new PyDict();
        for (SpecializationStats.Family family : SpecializationStats.snapshot().values()) {
            PyDict d = new PyDict();
            d.setItem("attempts", family.attempts());
            d.setItem("success", family.successes());
            d.setItem("failure", family.failures());
            PyDict kinds = new PyDict();
            for (Map.Entry<String, Long> e : family.failureKinds().entrySet()) kinds.setItem(e.getKey(), e.getValue());
            d.setItem("failure_kinds", kinds);
            d.setItem("hit", family.hits());
            d.setItem("miss", family.misses());
            d.setItem("deopt", family.deopts());
            PyDict members = new PyDict();
            for (Map.Entry<String, long[]> e : family.specialized().entrySet()) {
                members.setItem(e.getKey(), PyTuple.of(e.getValue()[0], e.getValue()[1]));
            }
            d.setItem("specialized", members);
            out.setItem(family.name(), d);
        }
        return out;
    }

    @Function
    static Object reset_specialization_stats() {
        SpecializationStats.reset();
        return Py.None;
    }
}
