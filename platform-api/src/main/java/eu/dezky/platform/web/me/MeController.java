package eu.dezky.platform.web.me;

import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the engine thinks the caller is, for the portal's header and for debugging tokens. */
@RestController
@Tag(name = "me")
class MeController {

    record MeResponse(String subject, String email, String audience, String partnerId) {
    }

    @GetMapping("/api/me")
    MeResponse me(@AuthenticationPrincipal Caller caller) {
        return new MeResponse(caller.subject(), caller.email(), caller.audience().claimName(),
                caller.partnerId() == null ? null : caller.partnerId().value());
    }
}
