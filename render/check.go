package render

import "ehcplan/plan"

// checkPlan runs the golden-thread checker on drafts that come without a
// report (a variable so tests can make it fail).
var checkPlan = plan.Check
