package eu.dezky.sandbox.authentik;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Mutable server-side group row; membership lives on {@link SimUser#groups}, as in Django's M2M. */
final class SimGroup {
    final UUID uuid = UUID.randomUUID();
    final int numPk;
    String name;
    boolean superuser;
    Map<String, Object> attributes = new LinkedHashMap<>();

    SimGroup(int numPk, String name) {
        this.numPk = numPk;
        this.name = name;
    }
}
