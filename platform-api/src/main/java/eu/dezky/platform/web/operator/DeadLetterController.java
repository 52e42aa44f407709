package eu.dezky.platform.web.operator;

import eu.dezky.platform.processing.DeadLetterList;
import eu.dezky.platform.processing.DeadLetterRetry;
import eu.dezky.platform.processing.DeadLetters;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.PageParams;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A projection's dead letters, for operators: {@code GET} lists them, {@code POST .../retry} retries each sequence
 * once, {@code DELETE .../{eventId}} drops one that can never be taken. An unknown processor is a 404; one without a
 * dead-letter queue (sagas, the publisher: they retry a failed event until it goes through) a 409.
 */
@RestController
@RequestMapping("/api/operator/processors/{name}/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    DeadLetterList list(@PathVariable String name, @Parameter(description = "letters to show, 1-200 (default 50)")
                        @RequestParam(required = false) String limit) {
        return deadLetters.list(name, PageParams.limit(limit));
    }

    @PostMapping("/retry")
    DeadLetterRetry retry(@PathVariable String name) {
        return deadLetters.retry(name);
    }

    @ApiResponse(responseCode = "204", description = "The letter is gone; the rest of its sequence waits for a retry")
    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> evict(@PathVariable String name, @PathVariable String eventId,
                               @AuthenticationPrincipal Caller caller) {
        deadLetters.evict(name, eventId, caller.subject());
        return ResponseEntity.noContent().build();
    }
}
