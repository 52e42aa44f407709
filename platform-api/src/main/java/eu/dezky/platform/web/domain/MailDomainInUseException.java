package eu.dezky.platform.web.domain;

import eu.dezky.api.domain.DomainName;

import java.util.List;

/** A domain's removal was refused because something still uses it; answered with 409 listing the blockers. */
public class MailDomainInUseException extends RuntimeException {

    private final List<String> blockers;

    MailDomainInUseException(DomainName domain, List<String> blockers) {
        super("the domain '" + domain + "' is still in use: " + String.join(", ", blockers));
        this.blockers = List.copyOf(blockers);
    }

    public List<String> blockers() {
        return blockers;
    }
}
