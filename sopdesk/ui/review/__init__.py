"""The Review tab (评审): open custom-order reviews with their clocks, answers, confirmation."""
