package vn.motcua.reporting.domain;

/**
 * The count columns of the service rates report (issue 13 item 4), named as in the REST answer, so that a drill-down
 * names the number it opens. Over a period: received (on the receipt day) in all and by channel, digitised,
 * fee-bearing and paid online of them; finished (on the day it counts as finished in table 06a) in all, with an
 * electronic result, after one or two supplement requests, with an apology, late without one; rated (on the rating
 * day) in all, by score, and satisfied (4 or 5). docs/deadlines.md, "Service rates".
 */
public enum ServiceRateColumn implements ReportColumn {
    received, receivedOnline, receivedInPerson, receivedPostal, digitised, feeBearing, paidOnline,
    finishedTotal, electronicResults, supplementedOnce, supplementedTwice, apologised, lateWithoutApology,
    rated, rated1, rated2, rated3, rated4, rated5, satisfied
}
