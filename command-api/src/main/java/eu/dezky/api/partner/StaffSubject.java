package eu.dezky.api.partner;

import eu.dezky.api.common.InvalidValueException;

/** The SSO subject ({@code sub}) a staff member's partner tokens carry; the key of their staff entry. */
public record StaffSubject(String value) {

    public StaffSubject {
        InvalidValueException.require(value != null && !value.isBlank() && value.length() <= 255
                        && value.chars().noneMatch(Character::isISOControl),
                "subject", "subject is required (at most 255 characters, no control characters)");
    }

    @Override
    public String toString() {
        return value;
    }
}
