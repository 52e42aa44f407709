package eu.dezky.api.tenant;

import eu.dezky.api.common.InvalidValueException;

import java.util.Currency;
import java.util.Locale;

/**
 * A tenant's plan: its name, the price of one seat per month in the currency's minor units (cents, øre) and the
 * ISO 4217 currency. Minor units as a whole number, so no sum of prices is ever rounded.
 */
public record Subscription(String plan, long pricePerSeatMinor, String currency) {

    /** Ten million in major units per seat and month: far above any real price, far below overflow in a sum. */
    public static final long MAX_PRICE_MINOR = 1_000_000_000L;

    public Subscription {
        InvalidValueException.require(plan != null && !plan.isBlank() && plan.strip().length() <= 100
                        && plan.chars().noneMatch(Character::isISOControl),
                "plan", "plan is required (at most 100 characters, no control characters)");
        InvalidValueException.require(pricePerSeatMinor >= 0 && pricePerSeatMinor <= MAX_PRICE_MINOR,
                "pricePerSeatMinor", "pricePerSeatMinor must be a whole number from 0 to " + MAX_PRICE_MINOR);
        InvalidValueException.require(currency != null && currency.matches("[A-Za-z]{3}") && known(currency),
                "currency", "currency must be an ISO 4217 code such as EUR or DKK");
        plan = plan.strip();
        currency = currency.toUpperCase(Locale.ROOT);
    }

    /** The monthly price of {@code seats} seats, in minor units. */
    public long monthlyMinor(int seats) {
        return Math.multiplyExact(pricePerSeatMinor, (long) seats);
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
