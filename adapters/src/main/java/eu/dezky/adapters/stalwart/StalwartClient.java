package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.Admission;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Typed client for Stalwart's JMAP management API. Every failure is an {@link AdapterException} whose
 * kind tells the saga what to do (details such as linked objects via {@link StalwartError#of}); transient
 * failures have already been retried by the {@link HttpExecutor}. Create operations are create-or-adopt:
 * they look the object up by its natural key first, so repeating one after a crash never duplicates.
 */
public final class StalwartClient {

    private final DomainOperations domains;
    private final AccountOperations accounts;
    private final MailingListOperations lists;
    private final Admission admission;

    /** A client over an executor built from {@link #target}. */
    public StalwartClient(HttpExecutor executor) {
        ObjectMapper json = new ObjectMapper();
        RegistryCalls calls = new RegistryCalls(new JmapTransport(executor, json), json);
        this.domains = new DomainOperations(calls);
        this.accounts = new AccountOperations(calls);
        this.lists = new MailingListOperations(calls);
        this.admission = executor.admission();
    }

    /** Where a saga step reserves its requests to Stalwart before the first one. */
    public Admission admission() {
        return admission;
    }

    /**
     * The target for a Stalwart server at {@code baseUrl} (session at {@code {baseUrl}/jmap/session})
     * with Stalwart's documented per-account limits as defaults: 4 concurrent requests, 1,000 a minute.
     */
    public static HttpTarget target(String baseUrl, Supplier<String> authorization) {
        String withSlash = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return HttpTarget.of(StalwartErrors.TARGET, withSlash, authorization).withLimits(4, 1000);
    }

    /** {@code Authorization: Basic …} for a login (a full e-mail address in 0.16) and its secret. */
    public static String basic(String login, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Authorization: Bearer …} for an API key ({@code API_…}) or OAuth token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Creates the domain (default: Automatic DKIM, keys appear shortly after) or adopts it. */
    public StalwartDomain createOrAdoptDomain(String name) {
        return domains.createOrAdopt(name);
    }

    /** Looks a domain up by name (normalised to lower-case A-labels as Stalwart stores it). */
    public Optional<StalwartDomain> findDomain(String name) {
        return domains.find(name);
    }

    /** The id of the domain of that name, in one request (what an account or alias step needs of it). */
    public Optional<String> findDomainId(String name) {
        return domains.findId(name);
    }

    /** The domain with its current {@code dnsZoneFile}; NOT_FOUND when it does not exist. */
    public StalwartDomain getDomain(String domainId) {
        return domains.get(domainId);
    }

    /** The domain's DKIM keys; empty right after creation until Stalwart's DKIM task has run. */
    public List<DkimSignature> listDkimSignatures(String domainId) {
        return domains.dkimSignatures(domainId);
    }

    /**
     * Destroys the domain alone; CONFLICT with the linked objects while anything refers to it.
     * NOT_FOUND when it is already gone (also when a retried destroy's first response was lost).
     */
    public void destroyDomain(String domainId) {
        domains.destroy(domainId);
    }

    /** DKIM to Manual, DKIM keys destroyed, then the domain: the documented deletion order. */
    public void destroyDomainWithDkimKeys(String domainId) {
        domains.destroyWithDkim(domainId);
    }

    /** Accounts (users and groups) whose own address is on the domain: they block its removal. */
    public List<StalwartAccount> listAccounts(String domainId) {
        return accounts.onDomain(domainId);
    }

    /** Accounts of other domains holding an address alias on this domain: they block its removal too. */
    public List<StalwartAccount> listAccountsWithAliasesOn(String domainId) {
        return accounts.withAliasesOn(domainId);
    }

    /** Mailing lists on the domain or with an alias on it (filtered client-side: Stalwart cannot filter lists by domain). */
    public List<MailingList> listMailingListsUsing(String domainId) {
        return lists.using(domainId);
    }

    /**
     * Creates the user with its password, in one request when it is new, or adopts the existing one of that name and
     * domain and sets the password on it.
     */
    public StalwartAccount createOrAdoptAccount(NewAccount account) {
        return accounts.createOrAdopt(account);
    }

    public Optional<StalwartAccount> findAccount(String localPart, String domainId) {
        return accounts.find(localPart, domainId);
    }

    public StalwartAccount getAccount(String accountId) {
        return accounts.get(accountId);
    }

    /** Sets or resets the password in place (app passwords and API keys survive). */
    public void setPassword(String accountId, String password) {
        accounts.setPassword(accountId, password);
    }

    /** Blocks every login, keeping the password; keep the returned value to unfreeze exactly. */
    public AccountPermissions freezeAccount(String accountId) {
        return accounts.freeze(accountId);
    }

    /** Restores {@code previous} (from {@link #freezeAccount}); null removes only what freezing added. */
    public void unfreezeAccount(String accountId, AccountPermissions previous) {
        accounts.unfreeze(accountId, previous);
    }

    /** Adds an address alias to the account (idempotent); CONFLICT when the address is taken. */
    public void addAlias(String accountId, String localPart, String domainId) {
        accounts.addAlias(accountId, localPart, domainId);
    }

    /** Removes an address alias from the account (idempotent). */
    public void removeAlias(String accountId, String localPart, String domainId) {
        accounts.removeAlias(accountId, localPart, domainId);
    }

    /** Destroys the account; NOT_FOUND when it is already gone (a saga treats that as done). */
    public void destroyAccount(String accountId) {
        accounts.destroy(accountId);
    }

    public MailingList createOrAdoptMailingList(String localPart, String domainId, Set<String> recipients,
                                                String description) {
        return lists.createOrAdopt(localPart, domainId, recipients, description);
    }

    public Optional<MailingList> findMailingList(String localPart, String domainId) {
        return lists.find(localPart, domainId);
    }

    public MailingList getMailingList(String listId) {
        return lists.get(listId);
    }

    /** Adds and removes recipients in one update. */
    public void changeRecipients(String listId, Set<String> add, Set<String> remove) {
        lists.changeRecipients(listId, add, remove);
    }

    /** Replaces the list's description (where dezky keeps the list's display name). */
    public void setMailingListDescription(String listId, String description) {
        lists.setDescription(listId, description);
    }

    /** Destroys the list; NOT_FOUND when it is already gone (a saga treats that as done). */
    public void destroyMailingList(String listId) {
        lists.destroy(listId);
    }
}
