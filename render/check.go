package render

import "ehcplan/plan/check"

// checkPlan runs the golden-thread checker on drafts that come without a
// report (a variable so tests can make it fail).
var checkPlan = check.Check
