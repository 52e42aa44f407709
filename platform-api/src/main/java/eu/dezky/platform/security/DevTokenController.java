package eu.dezky.platform.security;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.HttpMethod;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * {@code POST /dev/token}: mints development tokens, for callers on loopback only. The bean does not exist when
 * an SSO issuer is configured, so the route answers 404 there.
 */
@RestController
@Conditional(DevIssuerCondition.class)
class DevTokenController {

    private final DevIssuer issuer;
    private final SecuritySettings settings;

    DevTokenController(DevIssuer issuer, SecuritySettings settings) {
        this.issuer = issuer;
        this.settings = settings;
    }

    /** Body as the portal's developers send it; {@code partnerId} only for partner tokens. */
    record DevTokenRequest(String sub, String email, String audience, String partnerId) {
    }

    @PostMapping("/dev/token")
    Map<String, String> token(@RequestBody DevTokenRequest body, HttpServletRequest request) throws NoResourceFoundException {
        if (!fromLoopback(request)) {
            // Pretend the route does not exist for anyone off this machine.
            throw new NoResourceFoundException(HttpMethod.POST, "dev/token");
        }
        InvalidValueException.require(body.sub() != null && !body.sub().isBlank(), "sub", "sub is required");
        Audience audience = Audience.fromName(body.audience()).orElseThrow(() ->
                new InvalidValueException("audience", "audience must be customer-admin, partner or operator"));
        String partnerId = body.partnerId() == null ? null : new PartnerId(body.partnerId()).value();
        InvalidValueException.require(audience != Audience.PARTNER || partnerId != null,
                "partnerId", "a partner token needs a partnerId");
        String token = issuer.issue(body.sub(), body.email(), settings.audienceValue(audience), settings.partnerClaim(), partnerId);
        return Map.of("access_token", token, "token_type", "Bearer");
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
