package eu.dezky.projections.audit;

import eu.dezky.api.audit.EventTypeNames;
import eu.dezky.api.common.TenantScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * The words for each event type, registered by context ({@link TenantWords}, {@link MemberWords}, {@link MailWords},
 * {@link ReconcileWords}, {@link ProcessingWords}). An event type without words of its own still gets an entry: its
 * type in words, on its tenant.
 */
final class Describers {

    /** Describes one event type. */
    interface Describer<E> {
        AuditDescription describe(E event, AuditSubjects subjects);
    }

    private final Map<Class<?>, Describer<Object>> byType = new HashMap<>();

    static Describers all() {
        Describers describers = new Describers();
        TenantWords.register(describers);
        MemberWords.register(describers);
        MailWords.register(describers);
        ReconcileWords.register(describers);
        ProcessingWords.register(describers);
        return describers;
    }

    @SuppressWarnings("unchecked")
    <E> Describers add(Class<E> type, Describer<E> describer) {
        byType.put(type, (Describer<Object>) describer);
        return this;
    }

    /**
     * The event in words; an event its describer cannot describe (a field it did not expect to be empty) is still
     * entered, in the words of an unknown type: the trail never loses an event to a wording problem.
     */
    AuditDescription describe(Object event, AuditSubjects subjects) {
        Describer<Object> describer = byType.get(event.getClass());
        if (describer != null) {
            try {
                return describer.describe(event, subjects);
            } catch (RuntimeException e) {
                return generic(event);
            }
        }
        return generic(event);
    }

    private static AuditDescription generic(Object event) {
        String tenant = event instanceof TenantScoped scoped ? scoped.tenantId().slug() : null;
        return new AuditDescription("recorded " + inWords(EventTypeNames.of(event.getClass())), null,
                tenant == null ? null : "tenant", tenant, tenant, AuditDescription.PROGRESS, null);
    }


    /** {@code MailDomainCheckRequested} → {@code mail domain check requested}. */
    static String inWords(String typeName) {
        return typeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
