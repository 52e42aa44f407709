package eu.dezky.platform.web.operator;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import eu.dezky.platform.processing.ProcessorOverview;
import eu.dezky.platform.processing.ProcessorView;
import eu.dezky.platform.replay.ProjectionRebuilds;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * {@code GET /api/operator/processors} (every event processor), {@code GET /api/operator/processors/{name}} and
 * {@code POST /api/operator/processors/{name}/replay}: a projection's read model is rebuilt beside the live one and
 * replaces it when caught up (202; progress in the processor's {@code replay}). Sagas, the publisher and other
 * handlers have side effects and are never replayed (409); an unknown name is a 404.
 */
@RestController
@RequestMapping("/api/operator/processors")
class ProcessorController {

    private final ProcessorOverview overview;
    private final ProjectionRebuilds rebuilds;

    ProcessorController(ProcessorOverview overview, ProjectionRebuilds rebuilds) {
        this.overview = overview;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProcessorView> list() {
        return overview.all();
    }

    @GetMapping("/{name}")
    ProcessorView one(@PathVariable String name) {
        return overview.one(name);
    }

    @ApiResponse(responseCode = "202", description = "The rebuild runs beside the live read model; Location: the"
            + " processor, whose status shows its progress",
            content = @Content(schema = @Schema(implementation = ProcessorView.class)))
    @PostMapping("/{name}/replay")
    ResponseEntity<ProcessorView> replay(@PathVariable String name) {
        overview.one(name); // 404 before anything else
        rebuilds.start(name);
        return ResponseEntity.accepted().location(URI.create("/api/operator/processors/" + name))
                .body(overview.one(name));
    }
}
