package dev.mailbench.api.model;

public record Customer(String name, String contactPerson, String phone, String email, String address, String notes) {
    public static final Customer EMPTY = new Customer("", "", "", "", "", "");

    public Customer {
        name = Values.text(name);
        contactPerson = Values.text(contactPerson);
        phone = Values.text(phone);
        email = Values.text(email);
        address = Values.text(address);
        notes = Values.text(notes);
    }
}
