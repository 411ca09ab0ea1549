"""Pages of the app, run by st.navigation; helpers start with an underscore."""
