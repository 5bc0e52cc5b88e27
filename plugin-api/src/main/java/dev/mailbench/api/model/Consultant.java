package dev.mailbench.api.model;

public record Consultant(String name, String company, String email, String phone) {
    public static final Consultant EMPTY = new Consultant("", "", "", "");

    public Consultant {
        name = Values.text(name);
        company = Values.text(company);
        email = Values.text(email);
        phone = Values.text(phone);
    }
}
