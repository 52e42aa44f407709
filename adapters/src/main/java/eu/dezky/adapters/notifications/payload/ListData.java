package eu.dezky.adapters.notifications.payload;

import java.util.List;

/** A distribution list with its name and recipients as they now are, and its status. */
public record ListData(String tenant, String address, String name, List<String> recipients, String status)
        implements TenantData {

    public ListData {
        recipients = List.copyOf(recipients);
    }

    @Override
    public String subject() {
        return address;
    }
}
