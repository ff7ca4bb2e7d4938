package render

import "ehcplan/plan/check"

// checkPlan runs the golden-thread checker on drafts that come without a
// report, judging them for issue as the app's Checks panel does (a
// variable so tests can make it fail).
var checkPlan = check.IssueReport
