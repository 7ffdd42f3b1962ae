package tierpy.objects;

import java.util.Arrays;

/**
 * Mirrors Include/internal/pycore_object.h, an instance of a heap type: inline values
 * (a values array over the type's {@link SharedKeys}) that turn into a materialized dict
 * when the shared layout cannot represent the instance (out-of-order insertion, deletion,
 * __dict__ access, too many keys). __slots__ live in {@link #slots}. Subclasses of builtin
 * value types (int, str, list, ...) keep the builtin value in {@link #payload}.
 */
public class PyInstance extends PyObject {
    /** Shared-keys values (index = SharedKeys slot), or null in dict mode / without a dict. */
    public Object[] values;
    /** The materialized instance dict, or null. */
    PyDict dict;
    /** __slots__ storage, indexed like {@link PyType#slotNames}. */
    public Object[] slots;
    /** The builtin value for instances of subclasses of int, float, str, tuple, list, dict, ... */
    public Object payload;

    public PyInstance(PyType type) {
        super(type);
        if (type.slotNames.length > 0) slots = new Object[type.slotNames.length];
        if (type.instancesHaveDict) values = new Object[Math.max(type.sharedKeys.size(), 1)];
    }

    /** The materialized instance dict, or null (shared-keys values or no dict). */
    public PyDict dictOrNull() {
        return dict;
    }

    /**
     * Whether no __dict__ exists yet in CPython's terms (for a type whose dict is not managed, a NULL
     * pointer at tp_dictoffset): nothing was stored and __dict__ was never asked for.
     */
    public boolean dictNotCreated() {
        if (dict != null) return false;
        if (values != null) {
            for (Object v : values) if (v != null) return false;
        }
        return true;
    }

    /** The attribute from the instance namespace, or null. */
    public Object getAttr(String name) {
        if (values != null) {
            int i = type.sharedKeys.indexOf(name);
            return i >= 0 && i < values.length ? values[i] : null;
        }
        return dict == null ? null : dict.getItemOrNull(name);
    }

    /** Stores into the instance namespace; false when the instance has no __dict__. */
    public boolean setAttr(String name, Object value) {
        if (values != null) {
            SharedKeys keys = type.sharedKeys;
            int i = keys.indexOf(name);
            if (i < 0 && laterSlotsEmpty(keys.size())) i = keys.add(name);
            if (i >= 0 && (values.length > i && values[i] != null || laterSlotsEmpty(i + 1))) {
                if (i >= values.length) values = Arrays.copyOf(values, keys.size());
                values[i] = value;
                return true;
            }
            materializeDict();
        }
        if (dict == null) {
            if (!type.instancesHaveDict) return false;
            dict = new PyDict();
        }
        dict.setItem(name, value);
        return true;
    }

    private boolean laterSlotsEmpty(int from) {
        for (int j = from; j < values.length; j++) if (values[j] != null) return false;
        return true;
    }

    /** Deletes from the instance namespace; false when absent. */
    public boolean delAttr(String name) {
        if (values != null) materializeDict();
        return dict != null && dict.removeOrNull(name) != null;
    }

    /** The instance __dict__, materializing it from the shared-keys values if needed. */
    public PyDict materializeDict() {
        if (values != null) {
            PyDict d = new PyDict();
            SharedKeys keys = type.sharedKeys;
            for (int i = 0; i < values.length && i < keys.size(); i++) {
                if (values[i] != null) d.setItem(keys.name(i), values[i]);
            }
            values = null;
            dict = d;
        } else if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Replaces the instance dict (obj.__dict__ = d). */
    void setDict(PyDict d) {
        values = null;
        dict = d;
    }
}
