package eu.dezky.platform.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/** A verified token turned into a {@link Caller}; the authority {@code AUD_<audience>} gates audience-wide routes. */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Jwt jwt;

    public CallerAuthentication(Caller caller, Jwt jwt) {
        super(List.of(new SimpleGrantedAuthority(authority(caller.audience()))));
        this.caller = caller;
        this.jwt = jwt;
        setAuthenticated(true);
    }

    public static String authority(Audience audience) {
        return "AUD_" + audience.claimName();
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return jwt;
    }

    @Override
    public String getName() {
        return caller.subject();
    }
}
