package eu.dezky.adapters.ocis;

/** The fields of a LibreGraph {@code group} the engine reads. */
record OcisGroup(String id, String displayName) {
}
