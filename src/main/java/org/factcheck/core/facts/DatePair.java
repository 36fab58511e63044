package org.factcheck.core.facts;

/**
 * A relative date and an absolute one written side by side for one moment ("il y a deux jours, le 3 novembre",
 * "yesterday (Nov. 3)", "le 3 novembre, il y a trois semaines"): the DATE rules compare them.
 *
 * @param relative the relative mention's id
 * @param absolute the absolute mention's id
 */
public record DatePair(int relative, int absolute) {
}
