package tierpy.modules;

import tierpy.objects.PyTuple;
import tierpy.vm.PyModule;

/** Mirrors Lib/__future__.py: the feature names (the compiler acts on the statements themselves). */
@ModuleDef("__future__")
public final class FutureModule {
    private FutureModule() {}

    private static final String[] FEATURES = {"nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};

    static void init(PyModule m) {
        Object[] names = new Object[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            names[i] = FEATURES[i];
            m.dict.setItem(FEATURES[i], FEATURES[i]);
        }
        m.dict.setItem("all_feature_names", PyTuple.of(names));
    }
}
