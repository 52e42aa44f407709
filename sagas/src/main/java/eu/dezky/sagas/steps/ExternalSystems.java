package eu.dezky.sagas.steps;

/**
 * The settings of every external system the sagas call, injected into them as one resource: the member sagas use
 * all three, the mail and domain sagas Stalwart's. Bound once from the configuration (platform-api).
 */
public record ExternalSystems(SystemSettings authentik, SystemSettings stalwart, SystemSettings ocis) {

    public ExternalSystems {
        if (authentik == null || stalwart == null || ocis == null) {
            throw new IllegalArgumentException("every system needs its settings");
        }
    }

    public static ExternalSystems defaults() {
        return new ExternalSystems(SystemSettings.defaults("Authentik"), SystemSettings.defaults("Stalwart"),
                SystemSettings.defaults("oCIS"));
    }

    public ExternalSystems withAuthentik(SystemSettings settings) {
        return new ExternalSystems(settings, stalwart, ocis);
    }

    public ExternalSystems withStalwart(SystemSettings settings) {
        return new ExternalSystems(authentik, settings, ocis);
    }

    public ExternalSystems withOcis(SystemSettings settings) {
        return new ExternalSystems(authentik, stalwart, settings);
    }
}
