package org.factcheck.core.facts;

import java.time.LocalDate;

/**
 * The days a relative date may name, derived by date.drl: its own days ("hier", "la semaine prochaine"), or the day
 * it counts to give or take a share of its unit ("il y a trois semaines").
 *
 * @param mention   the relative mention's id
 * @param from      the first day it may name
 * @param to        the last day it may name
 * @param slackDays the days allowed either side of the day counted to (0 for a calendar offset)
 */
public record DateReach(int mention, LocalDate from, LocalDate to, int slackDays) {
}
