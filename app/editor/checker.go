package editor

import "ehcplan/plan"

// checkPlan runs the golden-thread checker; a variable so tests can count calls.
var checkPlan = plan.Check
