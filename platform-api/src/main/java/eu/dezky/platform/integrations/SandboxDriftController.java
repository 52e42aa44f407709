package eu.dezky.platform.integrations;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/operator/sandbox/drift}: operators only (the {@code /api/operator/**} rule), sandbox mode only
 * (404 for a system with a configured URL). Body {@code {"system":"authentik|stalwart|ocis",
 * "action":"delete|deactivate|create","account":"<mailbox address>"}}; answers what was done.
 */
@RestController
@Tag(name = "sandbox")
class SandboxDriftController {

    private final SandboxDrift drift;

    SandboxDriftController(SandboxDrift drift) {
        this.drift = drift;
    }

    /** The request body. */
    @Schema(name = "SandboxDrift")
    record DriftRequest(String system, String action, String account) {
    }

    @ApiResponse(responseCode = "200", description = "The simulator changed behind the engine's back",
            content = @Content(schema = @Schema(implementation = SandboxDrift.Applied.class)))
    @PostMapping("/api/operator/sandbox/drift")
    SandboxDrift.Applied drift(@RequestBody DriftRequest body) {
        return drift.apply(body.system(), body.action(), body.account());
    }
}
