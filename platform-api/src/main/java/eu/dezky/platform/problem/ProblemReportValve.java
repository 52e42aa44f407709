package eu.dezky.platform.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what it refuses before any servlet runs (an encoded slash or NUL in the path, an invalid
 * request line): a problem body instead of Tomcat's HTML page. The host installs it in place of
 * {@link ErrorReportValve} (see {@link ProblemConfig}); errors inside the application still go to
 * {@link ProblemErrorController}. The body is written by hand: no Spring bean exists at this level.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemCode code = status == 400 ? ProblemCode.REJECTED_REQUEST : ProblemCode.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String body = "{\"type\":\"" + Problems.TYPE_BASE + code.code() + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"The request was refused before reaching a route: its path"
                + " or a header is malformed.\",\"code\":\"" + code.code() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed: nothing left to tell the caller.
        }
    }
}
