package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import eu.dezky.sandbox.http.SimServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process, stateful simulator of Stalwart 0.16's JMAP management API on a loopback ephemeral
 * port. It reproduces the wire conventions of {@code shared/reference/stalwart-jmap-management.md}
 * and, with the vendor schema switched on ({@code DEZKY_STALWART_SCHEMA}), refuses any property it does not define.
 * Faults enter through {@link #gate}.
 */
public final class StalwartSimulator implements AutoCloseable {

    /** One API request and the response the simulator produced (also when the response was lost). */
    public record Exchange(JsonNode request, JsonNode response) {
    }

    /** Records every processed API exchange so contract tests can validate them afterwards. */
    static final class ExchangeLog {
        private final List<Exchange> exchanges = new ArrayList<>();

        synchronized void record(JsonNode request, JsonNode response) {
            exchanges.add(new Exchange(request.deepCopy(), response.deepCopy()));
        }

        synchronized List<Exchange> all() {
            return List.copyOf(exchanges);
        }
    }

    static final String ACCOUNT_ID = "a";

    private final StalwartSimulatorSettings settings;
    private final Registry registry = new Registry(Clock.systemUTC());
    private final DkimAutomation dkim;
    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final StalwartFaults faults = new StalwartFaults(42);
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final ExchangeLog log = new ExchangeLog();
    private final StalwartInspection inspection;
    private final RegistryMethods methods;
    private volatile RequestGate gate = faults;
    private final String vocabulary;

    private StalwartSimulator(StalwartSimulatorSettings settings) throws IOException {
        this.settings = settings;
        StalwartVocabulary schema = settings.schemaFile() != null ? StalwartSchema.load(settings.schemaFile())
                : StalwartSchema.configured().<StalwartVocabulary>map(vendor -> vendor).orElse(OwnVocabulary.INSTANCE);
        this.vocabulary = schema.source();
        SchemaChecker checker = new SchemaChecker(schema);
        this.dkim = new DkimAutomation(registry, settings.dkimDelay());
        Map<String, ObjectRules> rules = new LinkedHashMap<>();
        for (ObjectRules r : List.of(
                new DomainRules(registry, schema, new ZoneFileRenderer(settings.mailHost()), dkim),
                new DkimRules(registry), new AccountRules(registry), new MailingListRules(registry))) {
            rules.put(r.objectName, r);
        }
        new SchemaSelfCheck(schema, checker).verify(rules.values());
        registry.table(AccountRules.OBJECT).sequence.set(1); // id "a" is the administrator's own account
        SetMethod set = new SetMethod(registry, schema, checker, new PatchApplier(checker));
        this.methods = new RegistryMethods(registry, schema, rules, new ResponseGuard(checker), set, ACCOUNT_ID);
        this.inspection = new StalwartInspection(registry, rules);
        createDefaultDomain(methods);
        SimServer.noDelay();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stalwart-sim-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new SimulatorHttp(settings, new JmapApi(methods, "s1"), () -> gate,
                names -> names.forEach(n -> calls.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet()),
                log, this::session, closed));
        server.start();
    }

    /** Starts a simulator on a loopback ephemeral port. */
    public static StalwartSimulator start(StalwartSimulatorSettings settings) {
        try {
            return new StalwartSimulator(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Stalwart simulator", e);
        }
    }

    private void createDefaultDomain(RegistryMethods methods) {
        if (settings.defaultDomain() == null) {
            return;
        }
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        ObjectNode domain = args.putObject("create").putObject("default");
        domain.put("name", settings.defaultDomain()).putObject("dkimManagement").put("@type", "Manual");
        JsonNode result = methods.call("x:Domain/set", args, new HashMap<>());
        registry.defaultDomainId(result.path("created").path("default").path("id").asText());
    }

    private ObjectNode session() {
        String base = baseUrl().toString();
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        ObjectNode core = s.putObject("capabilities").putObject("urn:ietf:params:jmap:core");
        core.put("maxSizeUpload", 50_000_000).put("maxConcurrentUpload", 4).put("maxSizeRequest", 10_000_000)
                .put("maxConcurrentRequests", 4).put("maxCallsInRequest", JmapApi.MAX_CALLS)
                .put("maxObjectsInGet", 500).put("maxObjectsInSet", 500);
        core.putArray("collationAlgorithms").add("i;ascii-numeric").add("i;ascii-casemap").add("i;unicode-casemap");
        ObjectNode account = s.putObject("accounts").putObject(ACCOUNT_ID);
        account.put("name", settings.adminLogin()).put("isPersonal", true).put("isReadOnly", false);
        account.putObject("accountCapabilities").putObject("urn:stalwart:jmap");
        s.putObject("primaryAccounts").put("urn:stalwart:jmap", ACCOUNT_ID);
        s.put("username", settings.adminLogin()).put("apiUrl", base + "/jmap/");
        s.put("downloadUrl", base + "/jmap/download/{accountId}/{blobId}/{name}?accept={type}");
        s.put("uploadUrl", base + "/jmap/upload/{accountId}/");
        s.put("eventSourceUrl", base + "/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}");
        return s.put("state", "s1");
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    /** What checks the objects written to it: the vendor schema (tests, CI) or the simulator's own rules. */
    public String vocabulary() {
        return vocabulary;
    }

    public StalwartSimulatorSettings settings() {
        return settings;
    }

    /** The built-in scriptable fault gate (active unless replaced by {@link #gate(RequestGate)}). */
    public StalwartFaults faults() {
        return faults;
    }

    /** Replaces the fault gate, e.g. with the shared fault package's adapter. */
    public void gate(RequestGate replacement) {
        this.gate = replacement == null ? RequestGate.OPEN : replacement;
    }

    /** How many API requests carrying {@code method} reached the server (faulted ones included). */
    public int callCount(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    /** Every processed request with its response, oldest first. */
    public List<Exchange> exchanges() {
        return log.all();
    }

    /** What exists now: domains, DKIM keys, accounts, lists, passwords. */
    public StalwartInspection inspect() {
        return inspection;
    }

    /** Sandbox drift: destroys the account with address {@code email} as an administrator would; false when none. */
    public boolean deleteAccount(String email) {
        return inspection.accountWithEmail(email).map(account -> {
            ObjectNode args = JsonNodeFactory.instance.objectNode();
            args.putArray("destroy").add(account.path("id").asText());
            methods.call("x:Account/set", args, new HashMap<>());
            return true;
        }).orElse(false);
    }

    /** Sandbox drift: blocks every login of the account with address {@code email}; false when none. */
    public boolean freezeAccount(String email) {
        return inspection.accountWithEmail(email).map(account -> {
            ObjectNode args = JsonNodeFactory.instance.objectNode();
            ObjectNode permissions = args.putObject("update").putObject(account.path("id").asText())
                    .putObject("permissions").put("@type", "Merge");
            permissions.putObject("enabledPermissions");
            permissions.putObject("disabledPermissions").put("authenticate", true).put("authenticateWithAlias", true)
                    .put("emailSend", true);
            methods.call("x:Account/set", args, new HashMap<>());
            return true;
        }).orElse(false);
    }

    /**
     * Sandbox drift: creates a user account at {@code email} by hand, with no description (so no ownership marker);
     * false when the domain is unknown or the address taken.
     */
    public boolean createAccount(String email) {
        int at = email.indexOf('@');
        var domain = at < 0 ? Optional.<JsonNode>empty() : inspection.domainNamed(email.substring(at + 1));
        if (domain.isEmpty() || inspection.accountWithEmail(email).isPresent()) {
            return false;
        }
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.putObject("create").putObject("drift").put("@type", "User").put("name", email.substring(0, at))
                .put("domainId", domain.get().path("id").asText());
        JsonNode result = methods.call("x:Account/set", args, new HashMap<>());
        return result.path("created").has("drift");
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
        dkim.close();
    }
}
