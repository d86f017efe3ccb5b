"""The Demand review tab (需求评审): the monthly demand review meeting's screens."""
