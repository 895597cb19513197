package org.plankg.plan;

/**
 * A county-level district. {@code key} is city plus district (北京市朝阳区), unique where the
 * short {@code name} (朝阳区) is not.
 */
public record District(String key, String name, String city, String province) {
}
